from judge.resident.client import main

main()
