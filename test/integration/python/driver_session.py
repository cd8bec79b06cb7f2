"""Connects the Python cassandra-driver (PyPI) to `ksmig emulate` over TLS with a small SigV4
authenticator written here from the Keyspaces algorithm, runs a few statements and prints one JSON
object with what it saw. Usage: driver_session.py HOST PORT CA_PATH REGION ACCESS_KEY_ID SECRET [MODE]
(MODE: sigv4 (default), wrong-secret)."""
import datetime
import hashlib
import hmac
import json
import ssl
import sys
from urllib.parse import quote

from cassandra import ConsistencyLevel, InvalidRequest
from cassandra.auth import AuthProvider, Authenticator
from cassandra.cluster import Cluster, ExecutionProfile, EXEC_PROFILE_DEFAULT, NoHostAvailable
from cassandra.policies import DCAwareRoundRobinPolicy
from cassandra.query import SimpleStatement


def _hmac(key, msg):
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def sigv4_response(nonce, region, access_key, secret, now):
    # Milliseconds are truncated, never rounded (rounding can produce ".1000").
    amzdate = now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)
    datestamp = now.strftime("%Y%m%d")
    scope = "%s/%s/cassandra/aws4_request" % (datestamp, region)
    query = "&".join([
        "X-Amz-Algorithm=AWS4-HMAC-SHA256",
        "X-Amz-Credential=%s%%2F%s" % (access_key, quote(scope, safe="")),
        "X-Amz-Date=%s" % quote(amzdate, safe=""),
        "X-Amz-Expires=900",
    ])
    canonical = "\n".join(["PUT", "/authenticate", query, "host:cassandra", "", "host", hashlib.sha256(nonce.encode()).hexdigest()])
    to_sign = "\n".join(["AWS4-HMAC-SHA256", amzdate, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = _hmac(_hmac(_hmac(_hmac(("AWS4" + secret).encode(), datestamp), region), "cassandra"), "aws4_request")
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    return "signature=%s,access_key=%s,amzdate=%s" % (signature, access_key, amzdate)


class SigV4Authenticator(Authenticator):
    def __init__(self, region, access_key, secret):
        self.region, self.access_key, self.secret = region, access_key, secret

    def initial_response(self):
        return b"SigV4\x00\x00"

    def evaluate_challenge(self, challenge):
        text = challenge.decode("utf-8")
        if not text.startswith("nonce="):
            raise ValueError("challenge does not start with nonce=")
        nonce = text[len("nonce="):].split(",")[0]
        now = datetime.datetime.now(datetime.timezone.utc)
        return sigv4_response(nonce, self.region, self.access_key, self.secret, now).encode("utf-8")


class SigV4AuthProvider(AuthProvider):
    def __init__(self, region, access_key, secret):
        self.args = (region, access_key, secret)

    def new_authenticator(self, host):
        return SigV4Authenticator(*self.args)


def main():
    host, port, ca, region, access_key, secret = sys.argv[1:7]
    mode = sys.argv[7] if len(sys.argv) > 7 else "sigv4"
    if mode == "wrong-secret":
        secret = secret + "-wrong"
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(ca)
    context.check_hostname = True
    profile = ExecutionProfile(load_balancing_policy=DCAwareRoundRobinPolicy(local_dc=region), consistency_level=ConsistencyLevel.LOCAL_QUORUM)
    cluster = Cluster(
        [host], port=int(port), ssl_context=context, ssl_options={"server_hostname": "localhost"},
        auth_provider=SigV4AuthProvider(region, access_key, secret),
        execution_profiles={EXEC_PROFILE_DEFAULT: profile}, connect_timeout=15, control_connection_timeout=15,
    )
    out = {}
    try:
        session = cluster.connect()
    except NoHostAvailable as e:
        out["error"] = "; ".join(str(v) for v in e.errors.values())
        print(json.dumps(out))
        return
    try:
        out["protocol_version"] = cluster.protocol_version
        local = session.execute("SELECT data_center, release_version, cql_version, partitioner FROM system.local WHERE key = 'local'").one()
        out["local"] = {"data_center": local.data_center, "release_version": local.release_version, "cql_version": local.cql_version, "partitioner": local.partitioner}
        out["peers"] = len(list(session.execute("SELECT * FROM system.peers")))
        out["hosts"] = sorted("%s %s %s" % (h.endpoint, h.datacenter, h.release_version) for h in cluster.metadata.all_hosts())
        session.execute("CREATE KEYSPACE IF NOT EXISTS emu_py WITH replication = {'class': 'SingleRegionStrategy'}")
        session.execute("CREATE TABLE IF NOT EXISTS emu_py.kv (k int PRIMARY KEY, v text)")
        insert = session.prepare("INSERT INTO emu_py.kv (k, v) VALUES (?, ?)")
        session.execute(insert, (7, "seven"))
        select = session.prepare("SELECT v FROM emu_py.kv WHERE k = ?")
        select.consistency_level = ConsistencyLevel.LOCAL_ONE
        out["value"] = session.execute(select, (7,)).one().v
        try:
            session.execute(SimpleStatement("INSERT INTO emu_py.kv (k, v) VALUES (8, 'eight')", consistency_level=ConsistencyLevel.ONE))
            out["write_at_one"] = "accepted"
        except InvalidRequest as e:
            out["write_at_one"] = str(e)
    finally:
        cluster.shutdown()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
