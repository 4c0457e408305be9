class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Long multiplication: the digit of num1 at place i (from the right) times the
        # digit of num2 at place j adds to place i + j of the product.
        a = [ord(c) - ord("0") for c in reversed(num1)]
        b = [ord(c) - ord("0") for c in reversed(num2)]
        places = [0] * (len(a) + len(b))
        for i, x in enumerate(a):
            for j, y in enumerate(b):
                places[i + j] += x * y
        carry = 0
        for k in range(len(places)):
            carry, places[k] = divmod(places[k] + carry, 10)
        while len(places) > 1 and places[-1] == 0:
            places.pop()
        return "".join(chr(ord("0") + d) for d in reversed(places))
