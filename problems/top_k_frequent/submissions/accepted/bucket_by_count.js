// Count with a Map, bucket values by count, read buckets from the top.
/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var topKFrequent = function(nums, k) {
    const count = new Map();
    for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
    const buckets = Array.from({ length: nums.length + 1 }, () => []);
    for (const [x, c] of count) buckets[c].push(x);
    const res = [];
    for (let c = nums.length; c > 0 && res.length < k; c--) {
        for (const x of buckets[c]) {
            res.push(x);
            if (res.length === k) break;
        }
    }
    return res;
};
