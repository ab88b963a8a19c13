package org.chainbreaker.lookup;

import org.chainbreaker.model.CaseFile;
import org.chainbreaker.model.Shipment;

/** The shipment a seizure came from and the case it belongs to. */
record SeizureLinks(Shipment shipment, CaseFile caseFile) {}
