-- wrk script: GET /v1/exports/{uuid} with a bearer token from the TOKEN variable.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
