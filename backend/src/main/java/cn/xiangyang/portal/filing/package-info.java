/**
 * Filing: applications for mediation and arbitration, claims, evidence, case numbers, eligibility
 * checks, the case lifecycle and its deadlines, documents served to the parties. This package is the
 * module's API (events, the state machine, the notifier); {@code internal} holds its insides.
 */
@NullMarked
package cn.xiangyang.portal.filing;

import org.jspecify.annotations.NullMarked;
