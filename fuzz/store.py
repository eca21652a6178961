"""`--store URL`: the shared store of a fuzz campaign, one of hypothesis's example databases, opened by URL.

    redis://HOST:PORT/DB   hypothesis.extra.redis.RedisExampleDatabase (`pip install hypothesis[redis]`; a
                           Redis server such as Debian's redis-server): workers on many hosts
    dir:/shared/path       hypothesis.database.DirectoryBasedExampleDatabase: one host, or a folder on shared
                           storage whose directory listings are coherent across hosts

Only the database interface is used (save, fetch, delete of byte values under byte keys), so any other
ExampleDatabase serves too. Records are JSON values under keys with this module's prefix; a value that does
not parse (a file being written on a store without atomic renames) is skipped, as if not written yet.
"""
from __future__ import annotations

import json
from datetime import timedelta
from typing import Any, Iterator

__all__ = ["Store", "StoreError", "open_store"]

PREFIX = b"mpconform-fuzz/1/"

#: Redis keys expire when untouched this long (hypothesis's default is 8 days: too short for a corpus).
REDIS_KEEP = timedelta(days=3650)


class StoreError(Exception):
    """The store cannot be opened or used; the message names it."""


class Store:
    """Byte and JSON records under named keys of an ExampleDatabase; `url` names it in messages."""

    def __init__(self, db: Any, url: str) -> None:
        self.db = db
        self.url = url

    def _key(self, name: str) -> bytes:
        return PREFIX + name.encode()

    def save(self, name: str, value: bytes) -> None:
        try:
            self.db.save(self._key(name), value)
        except Exception as exc:  # noqa: BLE001 - any backend's failure is the store's, named once
            raise StoreError(f"store {self.url}: cannot save {name}: {type(exc).__name__}: {exc}") from exc

    def fetch(self, name: str) -> list[bytes]:
        try:
            return list(self.db.fetch(self._key(name)))
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"store {self.url}: cannot read {name}: {type(exc).__name__}: {exc}") from exc

    def delete(self, name: str, value: bytes) -> None:
        try:
            self.db.delete(self._key(name), value)
        except Exception as exc:  # noqa: BLE001
            raise StoreError(f"store {self.url}: cannot delete from {name}: {type(exc).__name__}: {exc}") from exc

    def save_json(self, name: str, value: Any) -> bytes:
        data = json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
        self.save(name, data)
        return data

    def fetch_json(self, name: str) -> Iterator[Any]:
        for data in self.fetch(name):
            try:
                yield json.loads(data)
            except ValueError:
                continue  # cut short (being written, or its writer was killed mid-write): not there yet

    def texts(self, name: str) -> set[str]:
        return {v.decode("utf-8", "replace") for v in self.fetch(name)}


def open_store(url: str) -> Store:
    """The store a `--store` URL names; StoreError (one line) when it is malformed or unreachable."""
    if url.startswith("dir:"):
        from hypothesis.database import DirectoryBasedExampleDatabase

        path = url[len("dir:"):]
        if not path:
            raise StoreError("--store dir:PATH needs a folder, as in dir:/shared/fuzz-store")
        return Store(DirectoryBasedExampleDatabase(path), url)
    if url.startswith(("redis://", "rediss://", "unix://")):
        try:
            import redis
            from hypothesis.extra.redis import RedisExampleDatabase
        except ImportError:
            raise StoreError(f"--store {url}: the redis client is not installed (pip install 'hypothesis[redis]')") \
                from None
        try:
            client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
            client.ping()
        except (redis.RedisError, ValueError) as exc:
            raise StoreError(f"store {url}: cannot reach the Redis server: {exc}") from None
        return Store(RedisExampleDatabase(client, expire_after=REDIS_KEEP), url)
    raise StoreError(f"--store: expected redis://HOST:PORT/DB or dir:PATH; got {url!r}")
