// expect: accepted
var search = function(nums, target) {
    for (let i = 0; i < 2000; i++) console.log("noise ".repeat(50));
    process.stdout.write("more noise\n");
    let lo = 0, hi = nums.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] === target) return mid;
        if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
};
