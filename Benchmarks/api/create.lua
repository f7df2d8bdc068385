-- wrk script: POST /v1/exports with a fixed body, each request from the next of the users whose
-- bearer tokens are in the file TOKENS_FILE (one a line): many users ordering at once, as in
-- production, where each user's pending limit is counted under a lock of its own. Each of wrk's
-- threads starts at its own place in the list, so two threads do not order for the same users
-- at the same moment.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BODY")

local tokens = {}
for token in io.lines(os.getenv("TOKENS_FILE")) do
    tokens[#tokens + 1] = token
end
local next_token = 0
local threads = 0

-- Runs in wrk's main state, once per thread: numbers the threads.
function setup(thread)
    thread:set("thread_number", threads)
    threads = threads + 1
end

-- Runs in each thread's state: starts the thread at its share of the list.
function init(args)
    next_token = math.floor((thread_number or 0) * #tokens / 2)
end

request = function()
    next_token = next_token % #tokens + 1
    return wrk.format(nil, nil, {["Authorization"] = "Bearer " .. tokens[next_token]})
end
