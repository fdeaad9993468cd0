"""`sinotech serve` as a person uses it: a real server on a loopback port, pages loaded with an
HTTP client and with a headless Chromium, answers compared with the CLI's."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from sinotech.cli import cli
from sinotech.serve import metadata

tilde_encode = pytest.importorskip("datasette.utils", reason="needs sinotech[web]").tilde_encode

SCRIPT = Path(sys.executable).with_name("sinotech")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TAGS = [
    ("acri-2022:2.1:8", "claim", "5g"),
    ("acri-2022:2.1:8", "claim", "export-control"),
    ("orf-2021:33", "claim", "export-control"),
    ("kovachichWhoWillGet2021", "work", "5g"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Server:
    """A `sinotech serve` process over a copy of the test store holding some tags."""

    def __init__(self, path: Path, port: int, process: subprocess.Popen) -> None:
        self.path, self.port, self.process = path, port, process
        self.base = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def get(self, page: str, **params: str) -> str:
        url = f"{self.base}/sinotech/{page}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode()

    def rows(self, page: str, **params: str) -> list[dict]:
        return json.loads(self.get(f"{page}.json", _shape="array", **params))

    def status(self, path: str, method: str = "GET", **params: str) -> tuple[int, str]:
        """The status and body of a request for path (from the site's root)."""
        query = "?" + urllib.parse.urlencode(params) if params else ""
        data = None if method == "GET" else b""
        request = urllib.request.Request(f"{self.base}{path}{query}", method=method, data=data)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()


def start(path: Path, command: list[str]) -> Server:
    """Run command with --port on a free port, and wait until it answers."""
    port = free_port()
    log = path.with_name(f"serve-{port}.log")  # a file: a pipe nobody reads fills and blocks
    with log.open("w") as output:
        process = subprocess.Popen(
            [*command, "--port", str(port)], stdout=output, stderr=subprocess.STDOUT
        )
    served = Server(path, port, process)
    deadline = time.monotonic() + 60
    while True:
        try:
            served.get("")
            return served
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{command[0]} did not start: {log.read_text()}")
            time.sleep(0.2)


@pytest.fixture(scope="module")
def server(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Server:
    path = tmp_path_factory.mktemp("team") / "sinotech.db"
    shutil.copyfile(store_path, path)
    with sqlite3.connect(path) as connection:
        connection.executemany("INSERT INTO tags (target, kind, tag) VALUES (?, ?, ?)", TAGS)
    connection.close()
    served = start(path, [str(SCRIPT), "serve", "--db", str(path)])
    yield served
    served.stop()


def cli_ids(server: Server, *args: str) -> list[str]:
    result = CliRunner().invoke(
        cli, [*args, "--format", "json", "--db", str(server.path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return [claim["id"] for claim in json.loads(result.stdout)]


def test_served_search_for_huawei_is_the_cli_search(server: Server) -> None:
    served = [row["claim"] for row in server.rows("search", q="huawei")]
    assert served == cli_ids(server, "search", "huawei", "--limit", "1000")
    assert len(served) == 32
    assert served[:20] == cli_ids(server, "search", "huawei")  # the CLI's default limit
    assert served[:3] == ["acri-2022:2.2:18", "acri-2022:2.2:28", "acri-2022:2.2:19"]


@pytest.mark.parametrize(
    "query",
    ['"early warning"', "artificial intelligence", "semiconduct* NOT Taiwan", "5G OR 6G", "PRC"],
)
def test_served_search_reads_the_query_language_as_the_cli_does(server: Server, query: str) -> None:
    served = [row["claim"] for row in server.rows("search", q=query)]
    assert served == cli_ids(server, "search", query, "--limit", "1000")
    assert served


def test_served_search_lists_a_repeated_sentence_once(server: Server) -> None:
    """The UTS page repeats the report's summary: listed under the report, as the CLI does."""
    query = '"evolving international balance of power"'
    served = [row["claim"] for row in server.rows("search", q=query)]
    assert served == cli_ids(server, "search", query, "--limit", "1000")
    assert "acri-2022:summary:1" in served
    assert "uts-2022:1" not in served


def test_search_with_no_query_lists_nothing(server: Server) -> None:
    assert server.rows("search", q="") == []


def test_writes_are_refused_and_the_store_is_unchanged(server: Server) -> None:
    before = sha256(server.path)
    for sql in ("DELETE FROM claims", "INSERT INTO tags VALUES ('x', 'claim', 'y')",
                "UPDATE claims SET text = ''", "DROP TABLE claims"):  # fmt: skip
        code, body = server.status("/sinotech.json", sql=sql)
        assert (code, json.loads(body)["error"]) == (400, "Statement must be a SELECT")
    for path in ("/sinotech/claims", "/sinotech/search", "/sinotech/claims/orf-2021~3A33", "/"):
        assert server.status(path, method="POST")[0] == 405
        assert server.status(path, method="PUT")[0] == 405
    assert server.status("/sinotech/claims/orf-2021~3A33", method="DELETE")[0] == 405
    assert sha256(server.path) == before
    assert len(server.rows("search", q="huawei")) == 32


def test_facets_by_source_section_entity_and_tag(server: Server) -> None:
    page = json.loads(server.get("claim_index.json", _size="0"))
    facets = {
        name: {row["value"]: row["count"] for row in facet["results"]}
        for name, facet in page["facet_results"].items()
    }
    assert sorted(facets) == ["entities", "section", "source", "tags"]
    with sqlite3.connect(f"{server.path.as_uri()}?mode=ro", uri=True) as connection:
        by_source = dict(connection.execute("SELECT source, count(*) FROM claims GROUP BY source"))
        (huawei,) = connection.execute(
            "SELECT count(DISTINCT claim) FROM claim_entities WHERE entity = 'Huawei'"
        ).fetchone()
    connection.close()
    assert facets["source"] == by_source
    assert facets["section"]["2.1"] == 21
    assert facets["entities"]["Huawei"] == huawei
    assert facets["tags"] == {"export-control": 2, "5g": 1}  # the work's tag is not a claim's
    tagged = server.rows("claim_index", tags__arraycontains="export-control")
    assert [row["id"] for row in tagged] == ["acri-2022:2.1:8", "orf-2021:33"]


def test_the_claims_list_searches_full_text(server: Server) -> None:
    rows = server.rows("claim_index", _search="Vocord")
    assert [row["id"] for row in rows] == ["orf-2021:33"]
    assert json.loads(rows[0]["entities"]) == [
        "Huawei",
        "Russia",
        "Vocord",
        "facial recognition",
        "surveillance",
    ]


def test_a_footnote_with_its_claim_and_works(server: Server) -> None:
    rows = server.rows("footnote", n="15", source="")
    result = CliRunner().invoke(cli, ["footnote", "15", "--format", "json"])
    note = json.loads(result.stdout)
    assert [row["claim"] for row in rows] == [claim["id"] for claim in note["claims"]]
    assert [row["work"] for row in rows] == [c["work"]["id"] for c in note["citations"]]
    assert rows[0]["note_text"] == note["text"]
    assert rows[0]["work"] == "kovachichWhoWillGet2021"


def test_a_work_with_the_claims_that_cite_it(server: Server) -> None:
    key = "hsiungChinasTechnologyCooperation2021"
    served = list(dict.fromkeys(row["claim"] for row in server.rows("work", key=key.lower())))
    result = CliRunner().invoke(cli, ["work", key, "--format", "json"])
    assert served == [claim["id"] for claim in json.loads(result.stdout)["claims"]]
    assert len(served) == 7


def test_claims_that_corroborate_each_other(server: Server) -> None:
    pairs = server.rows("corroboration", claim="")
    assert len(pairs) == 9  # the supports links of tests/test_corroboration.py
    assert all(pair["claim"] < pair["other"] for pair in pairs)
    assert {pair["label"] for pair in pairs} == {"supports"}
    assert json.loads(pairs[0]["why"])["entities"][0][0] == "Vladimir Putin"
    own = [row["other"] for row in server.rows("corroboration", claim="radu-2019:7")]
    assert own == cli_ids(server, "related", "radu-2019:7")
    assert len(own) == 2


def test_a_claim_links_to_its_notes_and_works(server: Server) -> None:
    page = server.get("claims/acri-2022~3A2.1~3A8")
    assert "Huawei also benefited from the Russian government" in page
    for link in ("claim_footnotes?claim=acri-2022:2.1:8", "related?claim=acri-2022:2.1:8",
                 "claim_entities?claim=acri-2022:2.1:8"):  # fmt: skip
        assert f'href="/sinotech/{link}"' in page
    assert '· <a href="/sinotech/claim?id=acri-2022%3A2.1%3A8">its notes and the works' in page
    notes = server.get("claim", id="acri-2022:2.1:8")
    assert '<a href="/sinotech/works/kovachichWhoWillGet2021">' in notes
    found = server.get("search", q="Vocord")
    assert '<a href="/sinotech/claims/orf-2021~3A33">orf-2021:33</a>' in found
    listed = server.get("claim_index", _search="frequency range 5G")
    assert '<a href="/sinotech/claim?id=acri-2022%3A2.1%3A8">[15]</a>' in listed


def test_descriptions_are_the_schema_comments(server: Server) -> None:
    tables = metadata(server.path)["databases"]["sinotech"]["tables"]
    assert tables["documents"]["columns"]["kind"] == (
        "ingest path: 'report' (footnoted) or 'article'; added: pandoc, webpage, pdf, text, "
        "bibliography"
    )
    assert tables["footnotes"]["description"] == (
        "Each document's notes (the report's reference list): note n, verbatim as printed."
    )
    assert tables["notes"]["description"] == tables["tags"]["description"]
    with sqlite3.connect(f"{server.path.as_uri()}?mode=ro", uri=True) as connection:
        names = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                " AND name NOT LIKE 'claims_fts_%'"
            )
        }
    connection.close()
    assert names == set(tables)
    assert all(table["description"] for table in tables.values())
    page = server.get("documents")
    assert "ingest path: &#39;report&#39; (footnoted)" in page


def test_write_metadata_is_what_serve_uses(server: Server, tmp_path: Path) -> None:
    target = tmp_path / "metadata.json"
    result = CliRunner().invoke(
        cli, ["serve", "--write-metadata", str(target), "--db", str(server.path)]
    )
    assert (result.exit_code, result.stdout) == (0, f"wrote {target}\n")
    assert json.loads(target.read_text()) == metadata(server.path)


def test_datasette_serve_with_the_written_metadata_answers_alike(
    server: Server, tmp_path: Path
) -> None:
    """The README's shared-server recipe: Datasette's own command, sinotech's metadata, and the
    plugin found through its entry point."""
    from importlib.metadata import entry_points

    if "sinotech" not in {entry.name for entry in entry_points(group="datasette")}:
        pytest.skip("sinotech is installed without its Datasette entry point: pip install -e .")
    target = tmp_path / "metadata.json"
    CliRunner().invoke(cli, ["serve", "--write-metadata", str(target), "--db", str(server.path)])
    datasette = str(Path(sys.executable).with_name("datasette"))
    command = [datasette, "serve", "-i", str(server.path), "-m", str(target)]
    shared = start(server.path, [*command, "--setting", "facet_time_limit_ms", "1000"])
    try:
        assert shared.rows("search", q="huawei") == server.rows("search", q="huawei")
        assert shared.status("/sinotech.json", sql="DELETE FROM claims")[0] == 400
        assert "its notes and the works they cite" in shared.get("claims/orf-2021~3A33")
    finally:
        shared.stop()


def test_help_has_examples() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert "--host TEXT" in result.stdout
    assert "[default: 127.0.0.1]" in result.stdout
    assert "sinotech serve --write-metadata metadata.json" in result.stdout


def test_missing_datasette_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette.app", None)
    result = CliRunner().invoke(cli, ["serve", "--port", str(free_port())])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: the team view needs Datasette: pip install 'sinotech[web]'"
    )


def test_a_busy_port_is_one_line_and_exit_1(server: Server) -> None:
    result = CliRunner().invoke(cli, ["serve", "--port", str(server.port)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: cannot serve on 127.0.0.1:{server.port}: Address already in use"
    )


def chromium(url: str) -> str:
    """The DOM of url after a headless Chromium ran its scripts; the test fails on any message
    the page logs to the console (an uncaught script error is one)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium): no browser test")
    run = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr",
         "--v=0", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert [line for line in run.stderr.splitlines() if ":CONSOLE" in line] == []
    return run.stdout


def test_a_browser_renders_the_search_page(server: Server) -> None:
    page = chromium(f"{server.base}/sinotech/search?q=huawei")
    assert "Search claims</h1>" in page
    assert "returning 32 rows" in page
    for row in server.rows("search", q="huawei"):
        claim_link = tilde_encode(row["claim"])
        assert f'<a href="/sinotech/claims/{claim_link}">{row["claim"]}</a>' in page


def test_a_browser_renders_a_claim_page(server: Server) -> None:
    page = chromium(f"{server.base}/sinotech/claims/orf-2021~3A33")
    assert "claims: orf-2021:33</h1>" in page
    assert "With Huawei acquiring the Russian start-up Vocord" in page
    assert "Links from other tables" in page


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--write-metadata", "/no/such/dir/m.json"], 1,
         "Error: cannot write /no/such/dir/m.json: No such file or directory"),
        (["--port", "0"], 2, "Error: Invalid value for '--port' / '-p': 0 is not in the range"),
        (["--host", "no.such.host.invalid"], 1, "Error: cannot serve on no.such.host.invalid:8001"),
    ],
)  # fmt: skip
def test_bad_serve_input_is_one_line(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code == code
    assert result.stderr.splitlines()[-1].startswith(message)
    assert "Traceback" not in result.output


def test_a_tag_added_while_the_view_runs_shows_at_once(
    store_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Tags are written into the store in place: the view (not immutable) answers with them."""
    path = tmp_path_factory.mktemp("tagging") / "sinotech.db"
    shutil.copyfile(store_path, path)
    served = start(path, [str(SCRIPT), "serve", "--db", str(path)])
    try:
        assert served.rows("tags") == []
        result = CliRunner().invoke(cli, ["tag", "orf-2021:33", "checked", "--db", str(path)])
        assert result.exit_code == 0, result.output
        assert served.rows("tags") == [{"target": "orf-2021:33", "kind": "claim", "tag": "checked"}]
        facet = json.loads(served.get("claim_index.json", _facet_array="tags"))
        assert [(v["value"], v["count"]) for v in facet["facet_results"]["tags"]["results"]] == [
            ("checked", 1)
        ]
    finally:
        served.stop()
