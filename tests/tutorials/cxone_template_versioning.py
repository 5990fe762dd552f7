# Transcribed from the tutorial "Versioning NICE CXone Digital Channel Message Templates via REST API"
# (/work/shared/seeds/000_4d34d3ecda592dfd.txt). The tutorial's text lost its indentation; it is
# restored here. The ONLY changes to the code are the base URL (both hard-coded
# https://api.nicecxone.com URLs now come from CXONE_BASE_URL) and, in main(), the credentials
# (from CXONE_CLIENT_ID / CXONE_CLIENT_SECRET instead of the YOUR_CLIENT_ID placeholders).
# The code blocks appear in the tutorial's order; nothing else is changed, bugs included.
import os

CXONE_BASE_URL = os.environ.get("CXONE_BASE_URL", "https://api.nicecxone.com").rstrip("/")

import httpx
import time
import logging
from typing import Optional
logger = logging.getLogger(__name__)
class CXoneAuthManager:
    def __init__(self, client_id: str, client_secret: str, realm: str = "niceincloud.com"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.realm = realm
        self.token_url = f"{CXONE_BASE_URL}/oauth/token"
        self.access_token: Optional[str] = None
        self.token_expiry: float = 0
        self.scope = "interactions.digital.templates.read interactions.digital.templates.write interactions.digital.messages.write"
    def _fetch_token(self) -> str:
        payload = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": self.scope
        }
        response = httpx.post(self.token_url, data=payload, timeout=10.0)
        response.raise_for_status()
        data = response.json()
        self.access_token = data["access_token"]
        self.token_expiry = time.time() + data["expires_in"] - 60
        logger.info("OAuth token acquired. Expires in %s seconds.", data["expires_in"])
        return self.access_token
    def get_token(self) -> str:
        if not self.access_token or time.time() >= self.token_expiry:
            return self._fetch_token()
        return self.access_token

class CXoneClient:
    def __init__(self, auth: CXoneAuthManager):
        self.auth = auth
        self.base_url = CXONE_BASE_URL
        self.timeout = httpx.Timeout(30.0, connect=5.0)
    def _get_headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.auth.get_token()}",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "X-Request-Id": f"req-{int(time.time())}"
        }
    def post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        response = httpx.post(url, json=payload, headers=self._get_headers(), timeout=self.timeout)
        response.raise_for_status()
        return response.json()
    def get(self, path: str, params: Optional[dict] = None) -> dict:
        url = f"{self.base_url}{path}"
        response = httpx.get(url, params=params, headers=self._get_headers(), timeout=self.timeout)
        response.raise_for_status()
        return response.json()

def build_template_payload(
    template_id: str,
    version: str,
    channels: list[str],
    content_blocks: list[dict],
    variables: list[str],
    locale: str
) -> dict:
    payload = {
        "templateId": template_id,
        "version": version,
        "channels": channels,
        "locale": locale,
        "contentBlocks": content_blocks,
        "variables": variables,
        "metadata": {
            "createdBy": "api-versioner",
            "timestamp": int(time.time())
        }
    }
    return payload
# Example usage
sample_blocks = [
    {"id": "header_01", "type": "text", "content": "Hello {{customer.first_name}}, your booking reference is {{booking.ref}}."},
    {"id": "footer_02", "type": "text", "content": "Reply STOP to unsubscribe."}
]
sample_payload = build_template_payload(
    template_id="tmpl_digital_001",
    version="v2.3",
    channels=["whatsapp", "messenger"],
    content_blocks=sample_blocks,
    variables=["customer.first_name", "booking.ref"],
    locale="en-US"
)

import re
import lark
from lark import ParseError
PLACEHOLDER_GRAMMAR = r"""
start: placeholder+
placeholder: "{{" IDENTIFIER "}}"
IDENTIFIER: /[a-zA-Z_][a-zA-Z0-9_.]*/
%ignore /\s+/
"""
parser = lark.Lark(PLACEHOLDER_GRAMMAR, parser="lalr", propagate_positions=True)
def validate_template_payload(payload: dict) -> dict:
    report = {
        "valid": True,
        "errors": [],
        "warnings": [],
        "character_counts": {}
    }
    # 1. Syntax tree parsing for placeholders
    content = " ".join(block.get("content", "") for block in payload.get("contentBlocks", []))
    try:
        tree = parser.parse(content)
        extracted_vars = [node.children[0].value for node in tree.find_data("placeholder")]
    except ParseError as e:
        report["valid"] = False
        report["errors"].append(f"Invalid placeholder syntax at position {e.line}:{e.column}: {e}")
        return report
    # 2. Variable substitution directive validation
    declared_vars = set(payload.get("variables", []))
    referenced_vars = set(extracted_vars)
    missing_vars = referenced_vars - declared_vars
    if missing_vars:
        report["valid"] = False
        report["errors"].append(f"Referenced variables not declared in payload: {', '.join(missing_vars)}")
    # 3. Character encoding and channel limit verification
    for block in payload.get("contentBlocks", []):
        block_id = block.get("id", "unknown")
        text = block.get("content", "")
        byte_length = len(text.encode("utf-8"))
        report["character_counts"][block_id] = byte_length
        if "whatsapp" in payload.get("channels", []) and byte_length > 1024:
            report["valid"] = False
            report["errors"].append(f"Block {block_id} exceeds WhatsApp UTF-8 limit (1024 bytes). Current: {byte_length}")
        if "sms" in payload.get("channels", []) and byte_length > 160:
            report["warnings"].append(f"Block {block_id} exceeds standard SMS limit (160 bytes). May split into multiple segments.")
    # 4. Localization compatibility checking
    locale = payload.get("locale", "")
    if not re.match(r"^[a-z]{2}-[A-Z]{2}$", locale):
        report["valid"] = False
        report["errors"].append(f"Invalid locale format: {locale}. Expected BCP 47 format (e.g., en-US).")
    return report

from tenacity import retry, stop_after_attempt, wait_exponential, retry_if_exception_type, RetryError
import time
class CXoneTemplateVersioner:
    def __init__(self, client: CXoneClient):
        self.client = client
        self.validation_success_count = 0
        self.validation_failure_count = 0
        self.latency_samples = []
        self.audit_log = []
    @retry(
        stop=stop_after_attempt(5),
        wait=wait_exponential(multiplier=1, min=2, max=30),
        retry=retry_if_exception_type(httpx.HTTPStatusError),
        reraise=True
    )
    def submit_version(self, payload: dict) -> str:
        start_time = time.time()
        try:
            response = self.client.post("/api/v1/interactions/digital/templates", payload)
            job_id = response.get("jobId")
            if not job_id:
                raise ValueError("API response did not contain a jobId.")
            return job_id
        except httpx.HTTPStatusError as e:
            if e.response.status_code == 429:
                logger.warning("Rate limit hit on template submission. Backing off.")
            raise
        finally:
            elapsed = time.time() - start_time
            self.latency_samples.append(elapsed)
    def poll_job_completion(self, job_id: str) -> dict:
        max_attempts = 30
        for attempt in range(max_attempts):
            job_status = self.client.get(f"/api/v1/jobs/{job_id}")
            status = job_status.get("status")
            if status in ("COMPLETED", "FAILED"):
                return job_status
            time.sleep(2)
        raise TimeoutError(f"Job {job_id} did not complete within expected timeframe.")
    def persist_template(self, payload: dict) -> dict:
        validation = validate_template_payload(payload)
        if not validation["valid"]:
            self.validation_failure_count += 1
            self._log_audit("VALIDATION_FAILED", payload, validation)
            raise ValueError(f"Template validation failed: {validation['errors']}")
        self.validation_success_count += 1
        job_id = self.submit_version(payload)
        job_result = self.poll_job_completion(job_id)
        # Format verification
        if job_result.get("status") != "COMPLETED":
            raise RuntimeError(f"Template persistence failed: {job_result.get('errorMessage')}")
        self._log_audit("VERSION_PERSISTED", payload, job_result)
        return job_result
    def _log_audit(self, event_type: str, payload: dict, result: dict):
        entry = {
            "timestamp": int(time.time()),
            "event": event_type,
            "templateId": payload.get("templateId"),
            "version": payload.get("version"),
            "status": result.get("status") if isinstance(result, dict) else "UNKNOWN",
            "validationErrors": result.get("errors", []),
            "source": "api-versioner"
        }
        self.audit_log.append(entry)
        logger.info("Audit log entry created: %s", event_type)
    def get_metrics(self) -> dict:
        total = self.validation_success_count + self.validation_failure_count
        success_rate = (self.validation_success_count / total * 100) if total > 0 else 0
        avg_latency = sum(self.latency_samples) / len(self.latency_samples) if self.latency_samples else 0
        return {
            "validation_success_rate_percent": round(success_rate, 2),
            "average_submission_latency_seconds": round(avg_latency, 3),
            "total_versions_processed": total,
            "audit_log_entries": len(self.audit_log)
        }
    def generate_cms_webhook_payload(self, template_id: str, version: str, status: str) -> dict:
        return {
            "webhookId": "cms_sync_001",
            "eventType": "TEMPLATE_VERSION_UPDATED",
            "timestamp": int(time.time()),
            "data": {
                "templateId": template_id,
                "version": version,
                "status": status,
                "syncTarget": "external-cms",
                "validationPassed": status == "COMPLETED"
            }
        }

import logging
import sys
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
def main():
    # 1. Authentication
    auth = CXoneAuthManager(
        client_id=os.environ.get("CXONE_CLIENT_ID", "YOUR_CLIENT_ID"),
        client_secret=os.environ.get("CXONE_CLIENT_SECRET", "YOUR_CLIENT_SECRET"),
        realm="niceincloud.com"
    )
    # 2. Client initialization
    client = CXoneClient(auth)
    # 3. Versioner initialization
    versioner = CXoneTemplateVersioner(client)
    # 4. Payload construction
    content_blocks = [
        {"id": "msg_01", "type": "text", "content": "Welcome {{customer.name}}. Your order {{order.id}} ships today."},
        {"id": "msg_02", "type": "text", "content": "Track at {{tracking.url}}. Reply HELP for support."}
    ]
    payload = build_template_payload(
        template_id="tmpl_digital_001",
        version="v2.4",
        channels=["whatsapp"],
        content_blocks=content_blocks,
        variables=["customer.name", "order.id", "tracking.url"],
        locale="en-US"
    )
    try:
        # 5. Validation and persistence
        result = versioner.persist_template(payload)
        logger.info("Template version persisted successfully. Job status: %s", result.get("status"))
        # 6. Metrics and CMS sync
        metrics = versioner.get_metrics()
        logger.info("Operational metrics: %s", metrics)
        webhook = versioner.generate_cms_webhook_payload(
            template_id=payload["templateId"],
            version=payload["version"],
            status=result.get("status")
        )
        logger.info("CMS webhook payload generated: %s", webhook)
    except Exception as e:
        logger.error("Pipeline failed: %s", e)
        sys.exit(1)
if __name__ == "__main__":
    main()
