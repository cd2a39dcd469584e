# flightcheck:fake-secrets a corpus of real-world shapes with planted, never-issued credentials (precision and recall of the secrets check)
from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
import os

API_KEY = "VaZBCnPf3HIHdLsT2lfuT8e9JfQiCsOC"  # expect-secret: credential-assignment
SECRET_NAME = "airflow/connections/warehouse"


def connect(password: SecretStr, token: OAuth2Token, conn_id: str = "warehouse"):
    conn = BaseHook.get_connection(conn_id)
    secret = os.environ["WAREHOUSE_SECRET"]
    token = Variable.get("api_token")
    return conn.get_uri(), secret, token


default_args = {"owner": "data", "retries": 2, "password": os.environ.get("PW")}
