package uk.retain.planning;

class ScenariosStoreOnH2Test extends ScenariosStoreContract {
}
