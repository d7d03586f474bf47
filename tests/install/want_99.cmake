# Asks for a version of yoy that no 0.x package satisfies (install_test.sh).
find_package(yoy 99 REQUIRED CONFIG)
