def addTwoNumbers(l1, l2):
    def to_int(node):
        digits = []
        while node:
            digits.append(str(node.val))
            node = node.next
        return int("".join(reversed(digits)))

    total = to_int(l1) + to_int(l2)
    head = None
    for ch in str(total):  # the highest digit first, so each new node goes in front
        head = ListNode(int(ch), head)
    return head
