"""Runs the template tutorial's own code against the emulator at CXONE_BASE_URL.

The tutorial's main() cannot succeed anywhere: its grammar `start: placeholder+` rejects the
plain text of its own example, so persist_template() raises before any API call (SPEC §1). This
driver shows that, then runs the same flow by calling the tutorial's submit_version() and
poll_job_completion() directly, and checks immutability and the read calls with its client.
"""
import os
import sys

import httpx

import cxone_template_versioning as tutorial

CLIENT_ID = os.environ["CXONE_CLIENT_ID"]
CLIENT_SECRET = os.environ["CXONE_CLIENT_SECRET"]


def check(condition, message):
    if not condition:
        print(f"TUTORIAL CHECK FAILED: {message}", flush=True)
        sys.exit(2)


# 1. The tutorial's main(), unchanged: fails in its own validator and exits 1.
try:
    tutorial.main()
    check(False, "main() should fail in the tutorial's own validator")
except SystemExit as exit_:
    check(exit_.code == 1, f"main() exit code {exit_.code}")
print("main(): fails in the tutorial's validator, as documented", flush=True)

# 2. The same flow with the validator step skipped.
auth = tutorial.CXoneAuthManager(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, realm="niceincloud.com")
client = tutorial.CXoneClient(auth)
versioner = tutorial.CXoneTemplateVersioner(client)
content_blocks = [
    {"id": "msg_01", "type": "text", "content": "Welcome {{customer.name}}. Your order {{order.id}} ships today."},
    {"id": "msg_02", "type": "text", "content": "Track at {{tracking.url}}. Reply HELP for support."},
]
payload = tutorial.build_template_payload(
    template_id="tmpl_digital_001",
    version="v2.4",
    channels=["whatsapp"],
    content_blocks=content_blocks,
    variables=["customer.name", "order.id", "tracking.url"],
    locale="en-US",
)
for item in (tutorial.sample_payload, payload):
    job_id = versioner.submit_version(item)
    result = versioner.poll_job_completion(job_id)
    check(result.get("status") == "COMPLETED", f"job {job_id}: {result}")
    print(f"{item['templateId']} {item['version']}: job {result['status']}", flush=True)

# 3. Versions are immutable: the same version again is a 409 (one call; submit_version would retry it 5 times).
try:
    client.post("/api/v1/interactions/digital/templates", payload)
    check(False, "resubmitting v2.4 should be a 409")
except httpx.HTTPStatusError as error:
    check(error.response.status_code == 409, f"resubmit status {error.response.status_code}")
    check(error.response.json()["error"] == "conflict", error.response.text)
print("resubmit v2.4: 409 conflict", flush=True)

# 4. The read calls, through the tutorial's client.
latest = client.get("/api/v1/interactions/digital/templates", params={"page": 1, "page_size": 50})
check([i["version"] for i in latest["items"] if i["templateId"] == "tmpl_digital_001"] == ["v2.4"], f"latest: {latest}")
versions = client.get("/api/v1/interactions/digital/templates/tmpl_digital_001/versions")
check([i["version"] for i in versions["items"]] == ["v2.3", "v2.4"], f"versions: {versions}")
print(f"metrics: {versioner.get_metrics()}", flush=True)
print(f"webhook: {versioner.generate_cms_webhook_payload('tmpl_digital_001', 'v2.4', 'COMPLETED')['eventType']}", flush=True)
print("TEMPLATE TUTORIAL OK", flush=True)
