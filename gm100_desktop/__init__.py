"""GM100 Assessor: offline scoring of regions and merging of signed scores (Gerakan Menuju 100 Smart City)."""

__version__ = "0.1.0"
APP_NAME = "GM100 Assessor"
