# Transcribed from the tutorial "Customizing NICE CXone Web Messaging Widget Themes via API with Python"
# (/work/shared/seeds/002_4b6efc0309bb55a2.txt), code blocks in the tutorial's order. The ONLY
# change is the base URL: CXoneAuth.base_url comes from CXONE_BASE_URL when it is set (the
# tutorial builds https://{instance}.niceincontact.com). Bugs are kept as published, e.g. the
# pydantic `pattern=` constraints, which pydantic 1.x ignores.
import os

import httpx
import time
import asyncio
from typing import Optional

class CXoneAuth:
    def __init__(self, instance: str, client_id: str, client_secret: str):
        self.base_url = os.environ.get("CXONE_BASE_URL", f"https://{instance}.niceincontact.com").rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.token: Optional[str] = None
        self.token_expiry: float = 0.0

    async def get_token(self) -> str:
        if self.token and time.time() < self.token_expiry:
            return self.token
        
        async with httpx.AsyncClient(timeout=10.0) as client:
            for attempt in range(3):
                try:
                    resp = await client.post(
                        f"{self.base_url}/oauth/token",
                        data={"grant_type": "client_credentials"},
                        auth=(self.client_id, self.client_secret),
                        headers={"Content-Type": "application/x-www-form-urlencoded"}
                    )
                    resp.raise_for_status()
                    data = resp.json()
                    self.token = data["access_token"]
                    self.token_expiry = time.time() + data["expires_in"] - 60
                    return self.token
                except httpx.HTTPStatusError as e:
                    if e.response.status_code == 429 and attempt < 2:
                        await asyncio.sleep(2 ** attempt)
                        continue
                    raise

from pydantic import BaseModel, Field, validator
from typing import List, Optional
import re

def _hex_to_rgb(hex_color: str) -> tuple[int, int, int]:
    hex_color = hex_color.lstrip("#")
    if len(hex_color) != 6:
        raise ValueError("Hex color must be 6 characters")
    return tuple(int(hex_color[i:i+2], 16) for i in (0, 2, 4))

def _relative_luminance(r: int, g: int, b: int) -> float:
    def linearize(c: int) -> float:
        s = c / 255.0
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
    return 0.2126 * linearize(r) + 0.7152 * linearize(g) + 0.0722 * linearize(b)

def _contrast_ratio(hex1: str, hex2: str) -> float:
    l1 = _relative_luminance(*_hex_to_rgb(hex1))
    l2 = _relative_luminance(*_hex_to_rgb(hex2))
    lighter = max(l1, l2)
    darker = min(l1, l2)
    return (lighter + 0.05) / (darker + 0.05)

class ButtonConfig(BaseModel):
    label: str = Field(..., min_length=1, max_length=30)
    color: str = Field(..., pattern=r"^#[0-9A-Fa-f]{6}$")
    text_color: str = Field(..., pattern=r"^#[0-9A-Fa-f]{6}$")
    position: str = Field(..., pattern=r"^(left|right|center)$")
    icon_url: Optional[str] = Field(None, pattern=r"^https?://")

    @validator("color", "text_color")
    def validate_contrast(cls, v, values):
        if "color" in values and "text_color" in values:
            ratio = _contrast_ratio(v, values.get("text_color", v))
            if ratio < 4.5:
                raise ValueError(f"Contrast ratio {ratio:.2f} fails WCAG AA standard (minimum 4.5:1)")
        return v

class FontConfig(BaseModel):
    family: str = Field(..., min_length=1)
    size_px: int = Field(..., ge=12, le=24)
    weight: int = Field(..., ge=100, le=900)
    color: str = Field(..., pattern=r"^#[0-9A-Fa-f]{6}$")

class ThemeDefinition(BaseModel):
    name: str = Field(..., min_length=3, max_length=100)
    background_color: str = Field(..., pattern=r"^#[0-9A-Fa-f]{6}$")
    primary_color: str = Field(..., pattern=r"^#[0-9A-Fa-f]{6}$")
    font: FontConfig
    buttons: List[ButtonConfig] = Field(..., min_items=1, max_items=3)
    border_radius_px: int = Field(..., ge=0, le=16)
    max_width_px: int = Field(..., ge=280, le=420)

import json
import uuid

class CXoneThemeManager:
    def __init__(self, auth: CXoneAuth):
        self.auth = auth
        self.client = httpx.AsyncClient(base_url=auth.base_url, timeout=30.0)

    async def publish_theme(self, widget_id: str, theme: ThemeDefinition, version_tag: str) -> str:
        theme_id = str(uuid.uuid4())
        payload = theme.dict()
        payload["id"] = theme_id
        payload["version_tag"] = version_tag

        resp = await self.client.post(
            f"/api/v1/omnichannel/webmessaging/widgets/{widget_id}/themes",
            headers={"Authorization": f"Bearer {await self.auth.get_token()}"},
            json=payload
        )
        resp.raise_for_status()
        return theme_id

    async def poll_activation(self, theme_id: str, max_retries: int = 10) -> dict:
        for attempt in range(max_retries):
            resp = await self.client.get(
                f"/api/v1/omnichannel/webmessaging/themes/{theme_id}/status",
                headers={"Authorization": f"Bearer {await self.auth.get_token()}"}
            )
            resp.raise_for_status()
            status_data = resp.json()

            if status_data["state"] == "ACTIVE":
                return status_data
            elif status_data["state"] == "FAILED":
                raise RuntimeError(f"Theme activation failed: {status_data.get('error_message')}")
            
            await asyncio.sleep(2 ** attempt)
        raise TimeoutError("Theme activation did not complete within polling window")

class ThemeAssignment(BaseModel):
    theme_id: str
    segment_id: Optional[str] = None
    geo_region: Optional[str] = None
    traffic_weight: float = Field(..., ge=0.0, le=1.0)

async def assign_ab_variants(manager: CXoneThemeManager, widget_id: str, variants: list[ThemeAssignment]) -> dict:
    payload = {
        "widget_id": widget_id,
        "assignments": [v.dict() for v in variants],
        "strategy": "weighted_random"
    }
    resp = await manager.client.put(
        f"/api/v1/omnichannel/webmessaging/widgets/{widget_id}/theme-assignments",
        headers={"Authorization": f"Bearer {await manager.auth.get_token()}"},
        json=payload
    )
    resp.raise_for_status()
    return resp.json()

async def batch_sync_themes(manager: CXoneThemeManager, widget_ids: list[str], theme_id: str) -> dict:
    payload = {
        "widget_ids": widget_ids,
        "target_theme_id": theme_id,
        "override_existing": True
    }
    resp = await manager.client.post(
        "/api/v1/omnichannel/webmessaging/widgets/batch-sync",
        headers={"Authorization": f"Bearer {await manager.auth.get_token()}"},
        json=payload
    )
    resp.raise_for_status()
    return resp.json()

async def list_assignments(manager: CXoneThemeManager, widget_id: str) -> list[dict]:
    all_assignments = []
    page = 1
    while True:
        resp = await manager.client.get(
            f"/api/v1/omnichannel/webmessaging/widgets/{widget_id}/theme-assignments",
            params={"page": page, "page_size": 50},
            headers={"Authorization": f"Bearer {await manager.auth.get_token()}"}
        )
        resp.raise_for_status()
        data = resp.json()
        all_assignments.extend(data.get("items", []))
        if page >= data.get("total_pages", 1):
            break
        page += 1
    return all_assignments

import datetime

async def track_theme_performance(manager: CXoneThemeManager, widget_id: str, start_date: str, end_date: str) -> dict:
    resp = await manager.client.get(
        "/api/v1/analytics/webmessaging/widget-performance",
        params={
            "widget_id": widget_id,
            "start_date": start_date,
            "end_date": end_date,
            "metrics": "first_paint,theme_load_time,render_duration"
        },
        headers={"Authorization": f"Bearer {await manager.auth.get_token()}"}
    )
    resp.raise_for_status()
    return resp.json()

class AuditLogger:
    def __init__(self):
        self.logs: list[dict] = []

    def record_change(self, theme_id: str, action: str, user_id: str, details: dict) -> None:
        self.logs.append({
            "timestamp": datetime.datetime.utcnow().isoformat() + "Z",
            "theme_id": theme_id,
            "action": action,
            "user_id": user_id,
            "details": details,
            "compliance_tag": "WCAG_2.1_AA"
        })

    def export_logs(self) -> str:
        return json.dumps(self.logs, indent=2, default=str)

from aiohttp import web

async def create_preview_app(theme_json: dict) -> web.Application:
    async def handle_preview(request: web.Request) -> web.Response:
        bg = theme_json.get("background_color", "#FFFFFF")
        primary = theme_json.get("primary_color", "#007BFF")
        font = theme_json.get("font", {})
        buttons = theme_json.get("buttons", [])
        
        button_html = "\n".join([
            f'  <button style="background-color: {b["color"]}; color: {b["text_color"]}; '
            f'font-family: {font["family"]}; font-size: {font["size_px"]}px; '
            f'font-weight: {font["weight"]}; border-radius: {theme_json.get("border_radius_px", 4)}px; '
            f'margin: 4px; padding: 8px 16px;">{b["label"]}</button>'
            for b in buttons
        ])

        html_body = f"""<!DOCTYPE html>
<html>
<head><title>Theme Preview</title></head>
<body style="background-color: {bg}; font-family: {font['family']}; color: {font['color']}; padding: 20px; max-width: {theme_json.get('max_width_px', 320)}px; margin: auto;">
  <h2>{theme_json.get("name", "Preview")}</h2>
  <div style="background: white; padding: 16px; border-radius: {theme_json.get('border_radius_px', 4)}px;">
    {button_html}
  </div>
</body>
</html>"""
        return web.Response(text=html_body, content_type="text/html")

    app = web.Application()
    app.router.add_get("/preview", handle_preview)
    return app

import asyncio
import json
import os
import sys
from dotenv import load_dotenv

load_dotenv()

async def main():
    instance = os.getenv("CXONE_INSTANCE", "your-instance")
    client_id = os.getenv("CXONE_CLIENT_ID", "")
    client_secret = os.getenv("CXONE_CLIENT_SECRET", "")
    widget_id = os.getenv("CXONE_WIDGET_ID", "w-123456")
    user_id = os.getenv("OPERATOR_ID", "api-service")

    if not all([instance, client_id, client_secret, widget_id]):
        print("Missing required environment variables")
        sys.exit(1)

    auth = CXoneAuth(instance, client_id, client_secret)
    manager = CXoneThemeManager(auth)
    audit = AuditLogger()

    # Step 1: Construct and validate theme
    theme = ThemeDefinition(
        name="Enterprise Dark Mode",
        background_color="#1A1A1A",
        primary_color="#00E676",
        font=FontConfig(family="Inter", size_px=14, weight=500, color="#FFFFFF"),
        buttons=[
            ButtonConfig(label="Start Chat", color="#00E676", text_color="#000000", position="center"),
            ButtonConfig(label="Browse FAQ", color="#2C2C2C", text_color="#E0E0E0", position="left")
        ],
        border_radius_px=8,
        max_width_px=360
    )

    # Step 2: Publish and poll activation
    version_tag = "v1.2.0-20241001"
    theme_id = await manager.publish_theme(widget_id, theme, version_tag)
    audit.record_change(theme_id, "PUBLISH", user_id, {"version": version_tag})
    
    status = await manager.poll_activation(theme_id)
    print(f"Theme {theme_id} status: {status['state']}")

    # Step 3: A/B testing assignment
    variants = [
        ThemeAssignment(theme_id=theme_id, segment_id="seg-premium", traffic_weight=0.7),
        ThemeAssignment(theme_id=theme_id, geo_region="US-EAST", traffic_weight=0.3)
    ]
    await assign_ab_variants(manager, widget_id, variants)
    audit.record_change(theme_id, "ASSIGN_AB", user_id, {"variants": len(variants)})

    # Step 4: Performance tracking
    perf = await track_theme_performance(manager, widget_id, "2024-09-01", "2024-10-01")
    print(f"Average theme load time: {perf.get('metrics', {}).get('theme_load_time', 'N/A')}")

    # Step 5: Launch preview service
    app = await create_preview_app(theme.dict())
    print("Preview service running at http://localhost:8080/preview")
    await web.run_app(app, port=8080)

if __name__ == "__main__":
    asyncio.run(main())
