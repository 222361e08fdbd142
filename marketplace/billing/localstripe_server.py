"""Run localstripe for the local demo, listening on loopback only.

`localstripe`'s own command listens on every address; a stand-in payment server has no
business being reachable from the network. Usage: python -m marketplace.billing.localstripe_server
"""

import argparse

from aiohttp import web
from localstripe.server import app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8420)
    web.run_app(app, host="127.0.0.1", port=parser.parse_args().port)


if __name__ == "__main__":
    main()
