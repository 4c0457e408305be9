def combinationSum2(candidates, target):
    nums = sorted(candidates)
    ans = []
    chosen = []

    def dfs(i, left):
        if left == 0:
            ans.append(list(chosen))
            return
        if i == len(nums) or nums[i] > left:
            return
        chosen.append(nums[i])
        dfs(i + 1, left - nums[i])
        chosen.pop()
        j = i
        while j < len(nums) and nums[j] == nums[i]:  # skipping nums[i] skips its copies
            j += 1
        dfs(j, left)

    dfs(0, target)
    return ans
