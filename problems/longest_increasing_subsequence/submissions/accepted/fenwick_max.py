class Solution:
    def lengthOfLIS(self, nums):
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(ranks)
        tree = [0] * (size + 1)

        def best_below(i):  # max over ranks 1..i
            res = 0
            while i > 0:
                res = max(res, tree[i])
                i -= i & -i
            return res

        def update(i, val):
            while i <= size:
                if tree[i] < val:
                    tree[i] = val
                i += i & -i

        answer = 0
        for v in nums:
            r = ranks[v]
            length = best_below(r - 1) + 1
            update(r, length)
            answer = max(answer, length)
        return answer
