"""One typed settings object, read once from ``PA_*`` environment variables and an optional file."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_CORPUS = REPO_ROOT / "corpus" / "documents"

# Nothing in this product may reach the network at run time: no model hub, no telemetry, no version checks.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def force_offline() -> None:
    """Set the offline switches before any library that reads them is imported."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="PA_", env_file=os.environ.get("PA_CONFIG_FILE", ".env"), extra="ignore"
    )

    data_dir: Path = Field(default=REPO_ROOT / "data", description="where documents and the index live")
    corpus_dir: Path = Field(default=SHIPPED_CORPUS, description="documents ingested into an empty data dir")
    embedding_model: str = Field(default="", description="local path of a sentence-transformers model")
    llm_base_url: str = ""
    llm_model: str = ""
    # Secrets stay out of repr(): a settings object printed or logged must not carry them.
    llm_api_key: str = Field(default="", repr=False)
    llm_timeout: float = 60.0
    api_token: str = Field(default="", repr=False)
    host: str = "127.0.0.1"
    port: int = 7860
    max_upload_mb: int = 20
    # What one document may become, checked while it is read (corpus.load.ReadLimits), and what its parse
    # may use in the worker process (corpus.worker.WorkerLimits).
    max_document_chars: int = Field(default=5_000_000, ge=1000)
    max_table_cells: int = Field(default=300_000, ge=100)
    max_document_tasks: int = Field(default=30_000, ge=10)
    parse_memory_mb: int = Field(default=1536, ge=256, description="address-space cap of the parse worker")
    parse_seconds: float = Field(default=90.0, gt=0, description="wall-clock limit of one file's parse")
    log_level: str = Field(default="INFO", description="DEBUG / INFO / WARNING / ERROR")


def load_settings(**overrides: object) -> Settings:
    """Read settings once; explicit overrides (CLI flags) win over the environment."""
    force_offline()
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)
