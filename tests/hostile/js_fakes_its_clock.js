// expect: too_slow time_limit_exceeded
// A quadratic search that stops the clocks it can reach: the harness keeps its own, so
// it is judged slow (at the largest inputs, over the limit), never fast.
process.hrtime.bigint = () => 0n;
process.hrtime = () => [0, 0];
process.cpuUsage = () => ({ user: 0, system: 0 });
performance.now = () => 0;
var search = function(nums, target) {
    let found = -1;
    for (let i = 0; i < nums.length; i++)
        for (let j = 0; j < nums.length; j++)
            if (nums[j] === target && i === j) found = j;
    return found;
};
