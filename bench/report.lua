-- wrk script of bench/run: prints one parsable line when the run is done.
--
--   wrk -t1 -c64 -d10 --latency -s bench/report.lua URL [-- pace=MS]
--
-- pace=MS paces each connection to one request every MS milliseconds on
-- average (Debian's wrk has no -R): 64 connections at pace=64 send about
-- 1,000 requests/s.  The delay is drawn uniformly from 0..2*MS so that the
-- connections do not fire in lock-step.  Without pace no delay() is defined
-- and wrk sends as fast as the server answers.
--
-- The line: "BENCH requests=N duration_us=N rps=F bytes=N p50_us=N p99_us=N
-- p999_us=N max_us=N connect=N read=N write=N status=N timeout=N", latency
-- in microseconds, status counting answers >= 400.

function init(args)
	for _, a in ipairs(args) do
		local ms = a:match("^pace=(%d+)$")
		if ms then
			local mean = tonumber(ms)
			math.randomseed(os.time())
			delay = function()
				return math.random(0, 2 * mean)
			end
		end
	end
end

function done(summary, latency, requests)
	local e = summary.errors
	io.write(string.format("BENCH requests=%d duration_us=%d rps=%.1f " ..
	    "bytes=%d p50_us=%d p99_us=%d p999_us=%d max_us=%d connect=%d " ..
	    "read=%d write=%d status=%d timeout=%d\n",
	    summary.requests, summary.duration,
	    summary.requests / (summary.duration / 1e6), summary.bytes,
	    latency:percentile(50), latency:percentile(99),
	    latency:percentile(99.9), latency.max, e.connect, e.read, e.write,
	    e.status, e.timeout))
end
