"""Runs the widget-theme tutorial's own code against the emulator at CXONE_BASE_URL.

The tutorial's main() ends by serving a preview on every interface, port 8080, forever (a fault
SPEC §1 lists), so this driver runs main()'s steps 1–4 with the tutorial's own functions, adds
batch_sync_themes() and list_assignments(), and shows what its skipped validators let through.
"""
import asyncio
import os
import sys

import httpx

import cxone_widget_themes as tutorial

CLIENT_ID = os.environ["CXONE_CLIENT_ID"]
CLIENT_SECRET = os.environ["CXONE_CLIENT_SECRET"]
WIDGET_ID = "w-123456"


def check(condition, message):
    if not condition:
        print(f"TUTORIAL CHECK FAILED: {message}", flush=True)
        sys.exit(2)


async def run():
    auth = tutorial.CXoneAuth("emulator", CLIENT_ID, CLIENT_SECRET)
    manager = tutorial.CXoneThemeManager(auth)
    audit = tutorial.AuditLogger()

    # Step 1: the tutorial's theme.
    theme = tutorial.ThemeDefinition(
        name="Enterprise Dark Mode",
        background_color="#1A1A1A",
        primary_color="#00E676",
        font=tutorial.FontConfig(family="Inter", size_px=14, weight=500, color="#FFFFFF"),
        buttons=[
            tutorial.ButtonConfig(label="Start Chat", color="#00E676", text_color="#000000", position="center"),
            tutorial.ButtonConfig(label="Browse FAQ", color="#2C2C2C", text_color="#E0E0E0", position="left"),
        ],
        border_radius_px=8,
        max_width_px=360,
    )

    # Step 2: publish and poll activation.
    version_tag = "v1.2.0-20241001"
    theme_id = await manager.publish_theme(WIDGET_ID, theme, version_tag)
    audit.record_change(theme_id, "PUBLISH", "api-service", {"version": version_tag})
    status = await manager.poll_activation(theme_id)
    check(status["state"] == "ACTIVE", f"status {status}")
    print(f"Theme {theme_id} status: {status['state']}", flush=True)

    # Step 3: A/B assignment, 0.7 / 0.3 of the same theme, then the paginated list.
    variants = [
        tutorial.ThemeAssignment(theme_id=theme_id, segment_id="seg-premium", traffic_weight=0.7),
        tutorial.ThemeAssignment(theme_id=theme_id, geo_region="US-EAST", traffic_weight=0.3),
    ]
    await tutorial.assign_ab_variants(manager, WIDGET_ID, variants)
    assignments = await tutorial.list_assignments(manager, WIDGET_ID)
    check([a["traffic_weight"] for a in assignments] == [0.7, 0.3], f"assignments {assignments}")
    print(f"assignments: {len(assignments)}", flush=True)

    # Batch sync onto two more widgets.
    synced = await tutorial.batch_sync_themes(manager, ["w-200", "w-300"], theme_id)
    check([r["status"] for r in synced["results"]] == ["SYNCED", "SYNCED"], f"batch sync {synced}")
    print(f"batch sync: {[r['status'] for r in synced['results']]}", flush=True)

    # Step 4: performance.
    perf = await tutorial.track_theme_performance(manager, WIDGET_ID, "2024-09-01", "2024-10-01")
    check(set(perf["metrics"]) == {"first_paint", "theme_load_time", "render_duration"}, f"perf {perf}")
    print(f"Average theme load time: {perf.get('metrics', {}).get('theme_load_time', 'N/A')}", flush=True)

    # The same version tag again is a 409 (immutable versions).
    try:
        await manager.publish_theme(WIDGET_ID, theme, version_tag)
        check(False, "republishing the version tag should be a 409")
    except httpx.HTTPStatusError as error:
        check(error.response.status_code == 409, f"republish status {error.response.status_code}")
    print("republish: 409 conflict", flush=True)

    # The tutorial's contrast validator never runs, so white on white passes its model;
    # the emulator publishes it and then fails its activation on WCAG contrast.
    white = tutorial.ThemeDefinition(
        name="White Out",
        background_color="#FFFFFF",
        primary_color="#FFFFFF",
        font=tutorial.FontConfig(family="Inter", size_px=14, weight=500, color="#FFFFFF"),
        buttons=[tutorial.ButtonConfig(label="Go", color="#FFFFFF", text_color="#FFFFFF", position="center")],
        border_radius_px=8,
        max_width_px=360,
    )
    white_id = await manager.publish_theme(WIDGET_ID, white, "v1")
    try:
        await manager.poll_activation(white_id)
        check(False, "white on white should fail activation")
    except RuntimeError as error:
        check("WCAG" in str(error), str(error))
    print("white on white: activation FAILED on WCAG contrast", flush=True)
    print(f"audit entries: {len(audit.logs)}", flush=True)
    await manager.client.aclose()
    print("THEME TUTORIAL OK", flush=True)


asyncio.run(run())
