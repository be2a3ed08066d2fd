"""One person, one value (claims.names): variants of a name the run or the baseline knows, per office."""


from claims.names import canonical, known_names, same_name


def reading(claim, value):  # type: ignore[no-untyped-def]
    from claims.reader import Reading

    return Reading(claim=claim, value=value, quote=value, start=0, end=len(value), cue=value, cue_start=0,
                   cue_end=len(value), score=0.9)


def test_transliterations_and_surnames_are_one_person():
    assert same_name("Pezhashyan", "Masoud Pezeshkian")
    assert same_name("Amir-Abdollahian", "Hossein Amir Abdollahian")
    assert not same_name("Rouhani", "Ebrahim Raisi")
    assert not same_name("Lavrov", "Larijani")


def test_a_variant_takes_the_full_name_known_for_the_same_office():
    readings = [reading("iran-president", "Darius Karimzadeh"), reading("iran-president", "Karimzadé"),
                reading("iran-foreign-minister", "Karimzade")]
    names = known_names(readings, {"iran-president", "iran-foreign-minister"},
                        {"iran-president": {"value": "Ebrahim Raisi"}})
    values = [(r.claim, r.value) for r in canonical(readings, names)]
    assert values == [("iran-president", "Darius Karimzadeh"), ("iran-president", "Darius Karimzadeh"),
                      ("iran-foreign-minister", "Karimzade")]
    assert "Ebrahim Raisi" in names["iran-president"]
