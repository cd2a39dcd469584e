# flightcheck:fake-secrets a corpus of real-world shapes with planted, never-issued credentials (precision and recall of the secrets check)
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "airflow" {
  identifier        = "airflow"
  engine            = "postgres"
  username          = "airflow"
  password          = random_password.db.result
  master_password   = var.db_password
  storage_encrypted = true
}

provider "datadog" {
  api_key = "9f05087505798acbc58b504ee8fa5a41"  # expect-secret: credential-assignment
  app_key = var.datadog_app_key
}
