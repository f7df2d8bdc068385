-- wrk script: POST /v1/exports with a fixed body, each request from the next of the users whose
-- bearer tokens are in TOKENS (comma-separated): many users ordering at once, as in production,
-- where each user's pending limit is counted under a lock of its own.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BODY")

local tokens = {}
for token in string.gmatch(os.getenv("TOKENS"), "[^,]+") do
    tokens[#tokens + 1] = token
end
local next_token = 0

request = function()
    next_token = next_token % #tokens + 1
    return wrk.format(nil, nil, {["Authorization"] = "Bearer " .. tokens[next_token]})
end
