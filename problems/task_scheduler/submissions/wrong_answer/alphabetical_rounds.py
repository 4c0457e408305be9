class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        # each round runs up to n + 1 different letters, taken in alphabetical order
        left = dict(sorted(Counter(tasks).items()))
        time = 0
        while left:
            ran = 0
            for letter in list(left):
                if ran == n + 1:
                    break
                left[letter] -= 1
                if left[letter] == 0:
                    del left[letter]
                ran += 1
            time += n + 1 if left else ran
        return time
