class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        count = Counter(nums)
        values = sorted(count)
        res = []
        for i, a in enumerate(values):
            if a > 0:
                break
            for b in values[i:]:
                c = -a - b
                if c < b:
                    break
                if c not in count:
                    continue
                need = Counter((a, b, c))
                if all(count[v] >= k for v, k in need.items()):
                    res.append([a, b, c])
        return res
