class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # merges everything, even triplets that overshoot the target
        found = [False] * 3
        for t in triplets:
            for i in range(3):
                if t[i] == target[i]:
                    found[i] = True
        return all(found)
