var reverseList = function(head) {
    let prev = null, node = head;
    while (node && node.next) { const next = node.next; node.next = prev; prev = node; node = next; }
    return prev;
};
