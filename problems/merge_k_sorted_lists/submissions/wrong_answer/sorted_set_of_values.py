def mergeKLists(lists):
    vals = set()
    for node in lists:
        while node:
            vals.add(node.val)
            node = node.next
    dummy = tail = ListNode()
    for v in sorted(vals):
        tail.next = ListNode(v)
        tail = tail.next
    return dummy.next
