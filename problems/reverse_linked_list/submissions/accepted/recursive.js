var reverseList = function(head) {
    if (head === null || head.next === null) return head;
    const rest = reverseList(head.next);
    head.next.next = head;
    head.next = null;
    return rest;
};
