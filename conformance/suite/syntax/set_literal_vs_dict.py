# {} is an empty dict; {x} is a set
# mpconform: features=set
print(type({}).__name__, type({1}).__name__, type({1: 2}).__name__, type(set()).__name__)
