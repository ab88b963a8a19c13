package org.chainbreaker.lookup;

import org.chainbreaker.model.Address;
import org.chainbreaker.model.Person;
import org.chainbreaker.model.Phone;
import org.chainbreaker.model.Vehicle;

/** Everything one shipment points at, loaded together so its nested fields cost one query per request. */
record ShipmentLinks(Person sender, Person receiver, Phone senderPhone, Phone receiverPhone, Address origin,
    Address destination, Vehicle vehicle) {}
