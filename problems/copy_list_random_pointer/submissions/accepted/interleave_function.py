from typing import Optional


def copyRandomList(head: "Optional[Node]") -> "Optional[Node]":
    if head is None:
        return None
    # weave: A -> A' -> B -> B' -> ...
    cur = head
    while cur:
        cur.next = Node(cur.val, cur.next, None)
        cur = cur.next.next
    cur = head
    while cur:
        if cur.random:
            cur.next.random = cur.random.next
        cur = cur.next.next
    # unweave, restoring the original list
    new_head = head.next
    cur = head
    while cur:
        copy = cur.next
        cur.next = copy.next
        copy.next = copy.next.next if copy.next else None
        cur = cur.next
    return new_head
