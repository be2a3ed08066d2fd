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
