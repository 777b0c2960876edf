"""docker-compose.yml: the services, pinned images, ports on 127.0.0.1, mounted files that
exist, and agreement with the configs it runs (topics, worker web ports, scrape targets)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.topics import PUBLIC_TOPICS, TABLES, changelog, reports_by_region
from monitor.config import load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
EXPECTED = {"kafka", "kafka-init", "ingester", "worker-1", "worker-2", "prometheus", "grafana"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def test_every_service_is_there(services) -> None:
    assert EXPECTED <= set(services)


def test_images_are_pinned(services) -> None:
    for name, service in services.items():
        image = service.get("image")
        assert image, f"{name} has no image"
        repo, _, tag = image.rpartition(":")
        assert repo and tag and tag != "latest" and re.search(r"\d", tag), f"{name}: {image} is not pinned"
    assert services["kafka"]["image"].startswith("apache/kafka:3.")


def test_kafka_runs_kraft_without_zookeeper(services) -> None:
    env = services["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "CLUSTER_ID" in env and "KAFKA_CONTROLLER_QUORUM_VOTERS" in env
    assert str(env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"]) == "false"
    assert not any("zookeeper" in s for s in services)


def test_topic_creation_creates_every_topic_before_the_app_starts(services) -> None:
    script = "\n".join(services["kafka-init"]["command"])
    settings = load_settings(ROOT / "config" / "docker.yaml")
    app_id = settings.kafka.app_id
    for topic in (*PUBLIC_TOPICS, reports_by_region(app_id), *(changelog(app_id, t) for t in TABLES)):
        assert re.search(rf"create {re.escape(topic)}\b", script), f"{topic} is not created"
    assert f"--partitions {settings.kafka.partitions}" in script
    for name in ("ingester", "worker-1", "worker-2"):
        assert services[name]["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"


def test_two_workers_and_an_ingester_run_the_cli(services) -> None:
    for name in ("worker-1", "worker-2"):
        assert services[name]["command"][0] == "worker"
        assert services[name]["hostname"] == name
    assert services["ingester"]["command"][0] == "ingest"
    assert services["worker-1"]["volumes"] != services["worker-2"]["volumes"], "each worker has its own state"


def test_published_ports_are_on_loopback_only(services) -> None:
    published = []
    for name, service in services.items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond 127.0.0.1"
            published.append(str(port).split(":")[1])
    assert len(published) == len(set(published)), "two services publish the same host port"


def _bind_mounts(services: dict[str, dict[str, Any]]) -> list[tuple[str, Path, str]]:
    mounts = []
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source, target = str(volume).split(":")[:2]
            if source.startswith("."):
                mounts.append((name, ROOT / source, target))
    return mounts


def test_every_mounted_file_exists(services) -> None:
    mounts = _bind_mounts(services)
    assert {m[0] for m in mounts} >= {"prometheus", "grafana"}
    for name, source, _ in mounts:
        assert source.exists(), f"{name} mounts {source.relative_to(ROOT)}, which does not exist"
    grafana = {target: source for name, source, target in mounts if name == "grafana"}
    assert (grafana["/etc/grafana/provisioning"] / "datasources").is_dir()
    assert list(grafana["/var/lib/grafana/dashboards"].glob("*.json")), "no dashboard to provision"


def test_the_app_image_builds_from_a_dockerfile_that_exists(compose, services) -> None:
    build = services["worker-1"]["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).is_file()


def test_prometheus_scrapes_the_workers_on_their_web_port(services) -> None:
    prometheus = yaml.safe_load((ROOT / "config" / "prometheus.yml").read_text(encoding="utf-8"))
    targets = {t for job in prometheus["scrape_configs"] for sc in job.get("static_configs", []) for t in sc["targets"]}
    port = load_settings(ROOT / "config" / "docker.yaml").kafka.web_port
    for worker in ("worker-1", "worker-2"):
        assert f"{worker}:{port}" in targets
    datasource = yaml.safe_load(
        (ROOT / "config" / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text(encoding="utf-8")
    )
    urls = [d["url"] for d in datasource["datasources"] if d["type"] == "prometheus"]
    assert any("prometheus:9090" in u for u in urls)


def test_the_workers_listen_beyond_loopback_inside_their_containers() -> None:
    settings = load_settings(ROOT / "config" / "docker.yaml")
    assert settings.kafka.broker == "kafka://kafka:9092"
    assert settings.kafka.web_host == "0.0.0.0"
