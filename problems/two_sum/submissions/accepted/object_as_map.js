function twoSum(nums, target) {
  const indexOf = {};
  for (const [i, x] of nums.entries()) {
    if ((target - x) in indexOf) return [indexOf[target - x], i];
    indexOf[x] = i;
  }
  return [];
}
