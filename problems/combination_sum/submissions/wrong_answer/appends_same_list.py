def combinationSum(candidates, target):
    res = []
    path = []

    def backtrack(start, remain):
        if remain == 0:
            res.append(path)  # the same list object every time, emptied by the end
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remain:
                path.append(candidates[i])
                backtrack(i, remain - candidates[i])
                path.pop()

    backtrack(0, target)
    return res
