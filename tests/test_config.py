import pytest

from claimwatch.cli import main
from settings.config import load_config, read_config_file
from settings.errors import ConfigError


def write(tmp_path, text):
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_default_feeds_file_is_valid_and_lists_at_least_eight_feeds():
    config = load_config()
    assert len(config.feeds) >= 8
    assert all(f.url.startswith("https://") for f in config.feeds)


def test_feed_urls_from_the_command_line_replace_the_default_list():
    config = load_config(None, ["https://a.example/rss", "https://a.example/rss"])
    assert [f.url for f in config.feeds] == ["https://a.example/rss"]


def test_user_file_overrides_only_the_keys_it_sets(tmp_path):
    config = read_config_file(write(tmp_path, '[fetch]\nread_timeout = 3\n[[feeds]]\nurl = "https://x.example/f"\n'))
    assert config.fetch.read_timeout == 3.0 and config.fetch.connect_timeout == 5.0


@pytest.mark.parametrize("text, problem", [
    ("[[feeds]\nurl = 1", "not valid TOML"),
    ("[fetchh]\nx = 1", "unknown key 'fetchh'"),
    ("[fetch]\ntimeout = 3", "unknown key 'timeout'"),
    ('[[feeds]]\nurl = "ftp://x.example/f"', "is not an http(s) URL"),
    ('[[feeds]]\nname = "no url"', "missing 'url'"),
    ('[fetch]\nmax_workers = "8"', "max_workers must be int"),
    ('[fetch]\nmax_workers = 0', "must be positive"),
])
def test_bad_configuration_is_one_clear_error(tmp_path, text, problem):
    with pytest.raises(ConfigError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        read_config_file(write(tmp_path, text))


@pytest.mark.parametrize("text, line", [
    ("[shedule]\ncron = '0 3 * * *'", "unknown key 'shedule' (did you mean 'schedule'?)"),
    ("[fetch]\nread_timout = 3", "[fetch]: unknown key 'read_timout' (did you mean 'read_timeout'?)"),
    ("[schedule]\ntimezon = 'UTC'", "[schedule]: unknown key 'timezon' (did you mean 'timezone'?)"),
    ("[notify]\nurl = ['json://x']", "[notify]: unknown key 'url' (did you mean 'urls'?)"),
    ('[[feeds]]\nurl = "https://x.example/f"\n[[feeds]]\nurl = "https://y.example/f"\nnmae = "Y"',
     "[[feeds]] number 2: unknown key 'nmae' (did you mean 'name'?)"),
    ("[fetch]\ncolour = 1", "[fetch]: unknown key 'colour' (allowed: allow_loopback, connect_timeout"),
])
def test_an_unknown_key_stops_with_one_line_naming_the_file_the_key_and_the_nearest_one(tmp_path, capsys,
                                                                                         text, line):
    feeds = write(tmp_path, text)
    db, reports = tmp_path / "db" / "c.db", tmp_path / "reports"
    assert main(["run", "--feeds", str(feeds), "--db", str(db), "--reports", str(reports)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"claimwatch: error: {feeds}: ") and line in err[0], err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feeds.toml"]  # nothing written


def test_cli_stops_with_exit_2_and_one_line_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "db" / "claimwatch.db"
    code = main(["run", "--feeds", str(write(tmp_path, "[fetch]\nbogus = 1\n")), "--db", str(db),
                 "--reports", str(tmp_path / "reports")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "unknown key 'bogus'" in err[0]
    assert not db.exists() and not (tmp_path / "reports").exists()


def test_cli_refuses_an_unwritable_database_path(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["run", "--feed", "https://x.example/f", "--db", str(blocker / "sub" / "c.db")])
    assert code == 2 and "database path" in capsys.readouterr().err
