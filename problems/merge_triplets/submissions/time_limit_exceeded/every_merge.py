class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # keep every triplet that some merges can form
        formed = set()
        for t in triplets:
            if all(t[k] <= target[k] for k in range(3)):
                new = {tuple(t)}
                for f in formed:
                    new.add((max(f[0], t[0]), max(f[1], t[1]), max(f[2], t[2])))
                formed |= new
        return tuple(target) in formed
