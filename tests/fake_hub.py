"""A loopback Hugging Face hub: the endpoints `HfApi.create_repo`, `upload_folder` and `delete_repo` use, speaking
the hub's JSON (every file answered as a regular upload, so commits carry them inline, base64-encoded)."""

from __future__ import annotations

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeHub:
    def __init__(self, token: str):
        self.token = token
        self.repos: dict[str, dict] = {}  # repo id -> {"private": bool, "files": {path: bytes}, "commits": [...]}
        self.requests: list[tuple[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def env(self) -> dict[str, str]:
        """What points huggingface_hub here, with the token this hub accepts."""
        return {"HF_TOKEN": self.token, "HF_ENDPOINT": self.url, "HF_HUB_OFFLINE": "0"}

    def add_repo(self, repo_id: str, private: bool) -> None:
        self.repos[repo_id] = {"private": private, "files": {}, "commits": []}

    def __enter__(self) -> FakeHub:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def _reply(self, status: int, body: dict, error_code: str | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                if error_code:  # as the hub names its errors
                    self.send_header("X-Error-Code", error_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> bytes:
                return self.rfile.read(int(self.headers.get("Content-Length", 0)))

            def _authorized(self) -> bool:
                if self.headers.get("Authorization") == f"Bearer {hub.token}":
                    return True
                self._reply(401, {"error": "Invalid credentials in Authorization header"})
                return False

            def do_POST(self) -> None:
                path, body = self.path.split("?")[0], self._body()
                hub.requests.append(("POST", path))
                if not self._authorized():
                    return
                if path == "/api/validate-yaml":  # a README.md's metadata, checked before the commit
                    import yaml

                    content = json.loads(body)["content"]
                    try:
                        if not isinstance(yaml.safe_load(content.split("---")[1]), dict):
                            raise ValueError("metadata is not a mapping")
                    except (IndexError, ValueError, yaml.YAMLError) as err:
                        return self._reply(400, {"error": f"Invalid metadata in README.md: {err}"})
                    return self._reply(200, {"errors": [], "warnings": []})
                if path == "/api/repos/create":
                    payload = json.loads(body)
                    repo_id = f"{payload['organization']}/{payload['name']}"
                    if repo_id in hub.repos:
                        return self._reply(
                            409, {"error": "You already created this model repo", "url": f"{hub.url}/{repo_id}"}
                        )
                    private = payload.get("visibility", "public") != "public" or payload.get("private", False)
                    hub.repos[repo_id] = {"private": private, "files": {}, "commits": []}
                    return self._reply(200, {"url": f"{hub.url}/{repo_id}", "name": repo_id})
                parts = path.split("/")  # /api/models/{org}/{name}/(preupload|commit)/{revision}
                repo_id = "/".join(parts[3:5])
                if len(parts) != 7 or repo_id not in hub.repos:
                    return self._reply(404, {"error": f"Repository not found: {repo_id}"})
                if parts[5] == "preupload":
                    files = json.loads(body)["files"]
                    return self._reply(200, {"files": [{"path": f["path"], "uploadMode": "regular",
                                                        "shouldIgnore": False} for f in files]})  # fmt: skip
                if parts[5] == "commit":
                    lines = [json.loads(line) for line in body.splitlines() if line.strip()]
                    repo = hub.repos[repo_id]
                    for line in lines:
                        if line["key"] == "file":
                            repo["files"][line["value"]["path"]] = base64.b64decode(line["value"]["content"])
                    header = next(line["value"] for line in lines if line["key"] == "header")
                    repo["commits"].append(header["summary"])
                    oid = f"{len(repo['commits']):040x}"
                    return self._reply(200, {"commitUrl": f"{hub.url}/{repo_id}/commit/{oid}", "commitOid": oid})
                self._reply(404, {"error": "not found"})

            def do_DELETE(self) -> None:
                path, body = self.path.split("?")[0], self._body()
                hub.requests.append(("DELETE", path))
                if not self._authorized():
                    return
                payload = json.loads(body)
                repo_id = f"{payload['organization']}/{payload['name']}"
                if path != "/api/repos/delete" or hub.repos.pop(repo_id, None) is None:
                    return self._reply(404, {"error": f"Repository not found: {repo_id}"})
                self._reply(200, {})

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                hub.requests.append(("GET", path))
                if not self._authorized():
                    return
                repo_id = path.removeprefix("/api/models/")
                if path.startswith("/api/models/") and repo_id in hub.repos:
                    repo = hub.repos[repo_id]
                    siblings = [{"rfilename": name} for name in repo["files"]]
                    return self._reply(200, {"id": repo_id, "modelId": repo_id, "private": repo["private"],
                                             "sha": f"{len(repo['commits']):040x}", "siblings": siblings})  # fmt: skip
                self._reply(404, {"error": "Repository not found"}, "RepoNotFound")

        return Handler
