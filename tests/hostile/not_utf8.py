# expect: compile_error
x = "ÿþ"
