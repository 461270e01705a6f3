"""The shared HTTP layer: rate-limit headers in each platform's spelling, waits, size caps and non-JSON answers."""

import time

import httpx
import pytest

from huggingtweets.errors import UserError
from huggingtweets.sources.http import Api, reset_time

from .fakes import FakeServer, Fault, Reply

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-rate-limit-reset": "1700000060"}, NOW + 60),  # X: epoch seconds
        ({"ratelimit-reset": "1700000030"}, NOW + 30),  # Bluesky: epoch seconds
        ({"X-RateLimit-Reset": "2023-11-14T22:15:20.000000Z"}, NOW + 120),  # Mastodon: ISO 8601
        ({"ratelimit-reset": "45"}, NOW + 45),  # a count of seconds
        ({"retry-after": "7"}, NOW + 7),
        ({"retry-after": "Tue, 14 Nov 2023 22:14:30 GMT"}, NOW + 70),
        ({}, None),
    ],
)
def test_reset_times_in_every_spelling(headers, expected):
    assert reset_time(httpx.Headers(headers), now=NOW) == expected


@pytest.fixture
def server():
    answers = {
        "/spent": Reply(200, {"ok": 1}, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time.time()) + 1)}),
        "/huge": Reply(200, {"blob": "x" * 5000}),
        "/html": Reply(200, b"<html>captive portal</html>", {"Content-Type": "text/html"}),
        "/cut": Reply(200, b'{"data": [1, 2', {"Content-Type": "application/json"}),
    }
    fake = FakeServer(lambda path, query, headers: answers.get(path, Reply(404, {"error": "Record not found"})))
    yield fake
    fake.close()


def api(server, **kwargs) -> Api:
    return Api("Test API", server.url, backoff=0.01, **kwargs)


def test_an_exhausted_budget_waits_for_the_reset_before_the_next_request(server, capfd):
    client = api(server)
    started = time.monotonic()
    assert client.get("/spent").data == {"ok": 1}  # the answer (maybe billed) is handed back at once
    assert time.monotonic() - started < 0.5
    client.get("/huge")
    assert time.monotonic() - started >= 0.5 and "waiting until" in capfd.readouterr().err


def test_a_spent_budget_that_resets_too_late_still_hands_back_the_answer(server):
    client = api(server, max_wait=0.1)
    assert client.get("/spent").data == {"ok": 1}
    with pytest.raises(UserError, match="rate limit reached until"):
        client.get("/huge")


@pytest.mark.parametrize(
    ("path", "kwargs", "match"),
    [
        ("/huge", {"max_bytes": 1000}, r"Test API sent more than 0 MiB for /huge"),
        ("/html", {}, r"answered /html with text/html that is not JSON; is its base_url right"),
        ("/cut", {"retries": 2}, r"failed 3 times \(a cut-off JSON answer for /cut\)"),
        ("/missing", {}, r"Test API: 404 Not Found: Record not found"),
    ],
)
def test_bad_answers_end_in_one_line(server, path, kwargs, match):
    with pytest.raises(UserError, match=match) as err:
        api(server, **kwargs).get(path)
    assert "\n" not in str(err.value)


def test_a_rate_limit_too_far_ahead_is_not_waited_for(server):
    server.faults.append(Fault("429", seconds=3600))
    with pytest.raises(UserError, match=r"rate limit reached until .* UTC \(60 min from now\); run the same command"):
        api(server).get("/spent")


def test_the_token_is_not_in_the_client_repr():
    assert "secret" not in repr(Api("Test API", "http://x", headers={"Authorization": "Bearer secret"}))


def test_nobody_listening_is_retried_then_reported():
    with pytest.raises(UserError, match=r"Test API at http://127.0.0.1:9 failed 2 times \(ConnectError"):
        Api("Test API", "http://127.0.0.1:9", retries=1, backoff=0.01).get("/")
