#!/usr/bin/env python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd): it accepts
AUTH PLAIN/LOGIN for one user without TLS (on loopback only) and writes each
message it receives to DIR/<n>.eml. Usage: smtp_server.py PORT DIR USER PASSWORD.
It prints "ready" once it listens and runs until it is killed."""
import logging
import os
import sys
import time
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, directory, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]


# Plain AUTH without TLS is what this loopback test wants; say nothing of it.
logging.getLogger("mail.log").setLevel(logging.ERROR)
warnings.simplefilter("ignore")


class Store:
    # Numbering goes on where an earlier run of the server stopped.
    count = len([n for n in os.listdir(directory) if n.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):
        Store.count += 1
        path = os.path.join(directory, "%d.eml" % Store.count)
        with open(path + ".part", "wb") as f:
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content)
        os.rename(path + ".part", path)
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and \
        auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok)


controller = Controller(Store(), hostname="127.0.0.1", port=port, authenticator=authenticator,
                        auth_required=True, auth_require_tls=False)
controller.start()
print("ready", flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
