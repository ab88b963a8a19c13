package org.chainbreaker.model;

/** Substances seized or trafficked, including precursor chemicals. */
public enum DrugType {
  METHAMPHETAMINE, HEROIN, KETAMINE, MDMA, CANNABIS, PRECURSOR
}
