"""The reliability tally (tests/tally.py) counts a case as survived only when its test passed."""

from tests.tally import counted_cases, read

JUNIT = """<testsuites><testsuite>
<testcase classname="t" name="passes"><properties><property name="cases" value="2"/>
  <property name="survived" value="2"/><property name="data_lost" value="0"/></properties></testcase>
<testcase classname="t" name="fails"><properties><property name="cases" value="3"/>
  <property name="survived" value="3"/><property name="data_lost" value="1"/></properties>
  <failure message="assert False"/></testcase>
<testcase classname="t" name="uncounted"/>
</testsuite></testsuites>"""


def test_a_failed_test_survived_none_of_its_cases(tmp_path):
    junit = tmp_path / "junit.xml"
    junit.write_text(JUNIT)
    rows = {name: (outcome, props) for name, outcome, props in counted_cases(read(junit))}
    assert set(rows) == {"t::passes", "t::fails"}
    assert rows["t::passes"] == ("passed", {"cases": 2, "survived": 2, "data_lost": 0})
    assert rows["t::fails"] == ("failure", {"cases": 3, "survived": 0, "data_lost": 1})
