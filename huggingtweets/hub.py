"""Publishing a model directory to the Hugging Face hub: private by default; the token comes from `HF_TOKEN` or
`hf auth login` (huggingface_hub reads it), never from a config file, and is never written anywhere."""

from __future__ import annotations

import contextlib
from pathlib import Path

from huggingtweets.errors import UserError


def check_repo_id(repo_id: str | None) -> str:
    """`repo_id` when it names a hub repository (`you/name`); a `UserError` naming the fix otherwise."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    if not repo_id or "/" not in str(repo_id):
        raise UserError(
            f"hub.repo_id={repo_id}: name the repository to push to, e.g. hub.repo_id=you/{repo_id or 'dril'}"
        )
    try:
        validate_repo_id(str(repo_id))
    except HFValidationError as err:
        raise UserError(f"hub.repo_id={repo_id} is not a valid repository id ({err})") from None
    return str(repo_id)


def check_can_push(repo_id: str | None) -> str:
    """Before training: the repository id is valid, a token is configured and the hub is not switched off."""
    from huggingface_hub import constants, get_token

    repo_id = check_repo_id(repo_id)
    if constants.HF_HUB_OFFLINE:
        raise UserError("hub.push=true but HF_HUB_OFFLINE is set: unset it to publish, or push later with "
                        "python scripts/hub.py push DIR REPO")  # fmt: skip
    if get_token() is None:
        raise UserError("hub.push=true needs a Hugging Face token: set HF_TOKEN or run `hf auth login`")
    return repo_id


def check_visibility(repo_id: str, private: bool, endpoint: str | None = None) -> bool:
    """Whether `repo_id` will be private: an existing public repository is refused when `private` (nothing is
    published openly by surprise); one that does not exist yet is created as asked."""
    from huggingface_hub.errors import HfHubHTTPError

    with _hub_call("look up", repo_id):
        try:
            info = _api(endpoint).model_info(repo_id)
        except HfHubHTTPError as err:  # (RepositoryNotFoundError included)
            if getattr(err.response, "status_code", None) == 404:
                return private
            raise
    if private and info.private is False:
        raise UserError(f"{repo_id} already exists and is public: pass hub.private=false (--public) to publish "
                        "there openly, or choose another repository")  # fmt: skip
    return info.private is not False


def _api(endpoint: str | None):
    from huggingface_hub import HfApi

    return HfApi(endpoint=endpoint)


@contextlib.contextmanager
def _hub_call(action: str, repo_id: str):
    """A hub request's failure as one line: the hub's answer (with what to do about its status), or no answer at
    all (huggingface_hub's HTTP client raises its own errors, not `OSError`)."""
    from huggingface_hub.errors import HfHubHTTPError

    try:
        yield
    except (HfHubHTTPError, OSError) as err:
        status = getattr(getattr(err, "response", None), "status_code", None)
        hint = {401: "check HF_TOKEN or run `hf auth login`", 403: "the token cannot write there",
                404: "no such repository"}.get(status, "try again later")  # fmt: skip
        raise UserError(f"could not {action} {repo_id}: {_first_line(err)} ({hint})") from None
    except Exception as err:
        if not type(err).__module__.startswith("httpx"):
            raise
        raise UserError(f"could not reach the hub to {action} {repo_id}: {_first_line(err)} (check the network "
                        "or HF_ENDPOINT)") from None  # fmt: skip


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__


def pushed_card(directory: Path, repo_id: str) -> bytes | None:
    """The directory's card as it should read on the hub at `repo_id` (its snippet loading from there, the preview
    as thumbnail), rebuilt from the run's record when the card was written for elsewhere; None to upload it as is."""
    from huggingtweets.card import build_card, card_from_record
    from huggingtweets.record import RECORD, read_record

    if not (directory / RECORD).is_file():
        return None
    record = read_record(directory)
    saved = record.get("card") or {}
    if not saved or (saved.get("repo_id") == repo_id and saved.get("thumbnail") and (directory / "README.md").exists()):
        return None
    try:
        return str(build_card(card_from_record(record, repo_id))).encode()
    except (TypeError, KeyError, ValueError) as err:
        raise UserError(
            f"{directory}: the card cannot be rebuilt from its record ({err}); re-create it with "
            f"python scripts/card.py {directory} repo_id={repo_id}"
        ) from None


def push(directory: str | Path, repo_id: str, private: bool = True, endpoint: str | None = None) -> tuple[str, bool]:
    """Upload the model directory to `repo_id` in one commit, creating the repository private unless told otherwise.
    An existing public repository is refused when `private` (nothing is published openly by surprise). The card is
    uploaded as it reads for `repo_id`. Returns the repository's URL and whether it is private."""
    from huggingface_hub import CommitOperationAdd

    directory = Path(directory)
    if not (directory / "config.json").is_file() and not (directory / "adapter_config.json").is_file():
        raise UserError(f"{directory} is not a model directory (no config.json)")
    repo_id, api = check_repo_id(repo_id), _api(endpoint)
    card = pushed_card(directory, repo_id)
    files = sorted(p.name for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    operations = [
        CommitOperationAdd(name, str(directory / name)) for name in files if not (card and name == "README.md")
    ]
    if card:
        operations.append(CommitOperationAdd("README.md", card))
    is_private = check_visibility(repo_id, private, endpoint)
    with _hub_call("push to", repo_id):
        url = api.create_repo(repo_id, private=private, exist_ok=True)
        api.create_commit(repo_id, operations, commit_message="Upload a model trained with huggingtweets")
    return str(url), is_private


def delete(repo_id: str, endpoint: str | None = None) -> None:
    """Delete a model repository from the hub (it cannot be undone)."""
    repo_id = check_repo_id(repo_id)
    with _hub_call("delete", repo_id):
        _api(endpoint).delete_repo(repo_id)
